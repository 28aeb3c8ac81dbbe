#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Command-line contract of gridctl: exit codes, messages, one line per violation.
# With a server address (the file the ctest fixture pg writes), the commands that work on a database run again on
# server databases (ctest's gridctl_cli_server): the same contract on both backends. What only a file has (its
# creation, its bytes, its key file) and what needs no database run in the file run only.
# usage: gridctl_test.sh PATH/TO/gridctl [PATH/TO/SERVER_URI_FILE]
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
server=""
test $# -ge 2 && server=$(cat "$2")
on_file() { test -z "$server"; }
auth=()          # a server database is under accounts: every command signs in
created=()       # server databases to drop at the end
if ! on_file; then
  export GRIDSTATION_PASSWORD='Keeper-of-keys-77'
  auth=(--user boss)
fi
db_named() {  # db_named NAME: a file in the scratch folder, or an address on the server
  if on_file; then echo "$work/$1.sqlite"; else echo "${server%/*}/gs_cli_$$_$1"; fi
}
q() {  # q DB SQL: the one value of a query
  if on_file; then spatialite -silent "$1" "$2"; else psql -X -q -t -A "$1" -c "SET search_path = main, public; $2" | tail -1; fi
}
demo() {  # demo DB ARGS…: a demo district (on a server, under accounts)
  local db=$1; shift
  if on_file; then $gridctl demo "$db" "$@"; else created+=("${db##*/}"); $gridctl demo "$db" "$@" --admin boss; fi
}
fingerprint() {  # fingerprint DB: changes when anything in the database changes (a sign-in aside)
  if on_file; then sha256sum "$1" | cut -d' ' -f1; else
    q "$1" "SELECT md5(string_agg(hash, ',' ORDER BY id)) FROM audit_log WHERE action <> 'login'"
    q "$1" "SELECT count(*) || '/' || sum(row_version) FROM household"; fi
}
audits() { q "$1" "SELECT count(*) FROM audit_log WHERE action <> 'login'"; }

if on_file; then  # what needs no database, once
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
fi

# demo + stats + validate; then break it on purpose.
city=$(db_named city)
demo "$city" --households 3000 --seed 3 > "$work/city.txt" 2> /dev/null
check "generated demo exits 0" test $? -eq 0
check "generated demo reports what it made" grep -q "12 grids" "$work/city.txt"
$gridctl validate "$city" "${auth[@]}" > /dev/null 2>&1
check "generated demo validates" test $? -eq 0
if on_file; then
check "no partial file is left" test ! -e "$work/city.sqlite.partial"
$gridctl demo "$work/bad.sqlite" --households many > /dev/null 2>&1
check "bad --households exits 2" test $? -eq 2
check "bad --households leaves no file" test ! -e "$work/bad.sqlite"
fi

d=$(db_named d)
demo "$d" --sample --seed 3 > "$work/demo.txt" 2> /dev/null
check "sample demo exits 0" test $? -eq 0
$gridctl stats "$d" "${auth[@]}" > "$work/stats.txt"
check "stats exits 0" test $? -eq 0
check "stats shows grids" grep -qE "^grids +4$" "$work/stats.txt"
check "stats shows households per grid" grep -q "households per grid: min" "$work/stats.txt"
$gridctl validate "$d" "${auth[@]}" > /dev/null 2>&1
check "demo validates" test $? -eq 0
if on_file; then
$gridctl demo "$work/d.sqlite" --sample > /dev/null 2>&1
check "demo refuses to overwrite without --force" test $? -eq 2
spatialite -silent "$work/d.sqlite" > /dev/null <<'SQL'
UPDATE grid SET geom = CastToMultiPolygon(GeomFromText('POLYGON((535450 2510400,536000 2510400,536000 2510800,535450 2510800,535450 2510400))', 4547)) WHERE sequence = 2;
UPDATE building SET grid_id = NULL WHERE id = (SELECT max(id) FROM building);
SQL
else
psql -X -q "$d" > /dev/null <<'SQL'
SET search_path = main, public;
UPDATE grid SET geom = ST_Multi(ST_GeomFromText('POLYGON((535450 2510400,536000 2510400,536000 2510800,535450 2510800,535450 2510400))', 4547)) WHERE sequence = 2;
UPDATE building SET grid_id = NULL WHERE id = (SELECT max(id) FROM building);
SQL
fi
$gridctl validate "$d" "${auth[@]}" > "$work/broken.txt" 2> "$work/broken.err"
check "broken database exits 1" test $? -eq 1
check "overlap is listed" grep -q "overlaps grid 440310001002-002" "$work/broken.txt"
check "building in no grid is listed" grep -q "\[building-in-no-grid\]" "$work/broken.txt"
check "summary counts violations" grep -q "violation(s)" "$work/broken.err"

# Household sheets: a tab-separated .txt (as WPS saves it), dry run, import, then a bad row named by row and column.
building=$(q "$city" "SELECT building_code FROM building WHERE type_code = 'residential' LIMIT 1")
persons=$(q "$city" "SELECT count(*) FROM person")
printf '姓名\t身份证号\t与户主关系\t楼栋编码\t单元\t房号\n王一\t110105198001010016\t户主\t%s\t9\t"9901"\n王二\t110105198202020026\t配偶\t%s\t9\t9901\n' \
  "$building" "$building" > "$work/hh.txt"
$gridctl import "$city" "$work/hh.txt" --dry-run "${auth[@]}" > "$work/dry.txt" 2>&1
check "sheet dry run exits 0" test $? -eq 0
check "sheet dry run writes nothing" test "$(q "$city" "SELECT count(*) FROM person")" = "$persons"
check "sheet dry run says so" grep -q "Dry run, nothing written: 2 rows, 0 with problems" "$work/dry.txt"
$gridctl import "$city" "$work/hh.txt" "${auth[@]}" > "$work/imp.txt" 2>&1
check "sheet import exits 0" test $? -eq 0
check "sheet import reports the household" grep -q "Imported 2 persons in 1 households" "$work/imp.txt"
check "sheet import writes the persons" test "$(q "$city" "SELECT count(*) FROM person")" = "$((persons + 2))"
printf '姓名,身份证号,与户主关系,楼栋编码,房号\n张三,110105198001010014,户主,%s,9902\n' "$building" > "$work/bad.csv"
$gridctl import "$city" "$work/bad.csv" "${auth[@]}" > "$work/badimp.txt" 2>&1
check "a bad sheet row exits 1" test $? -eq 1
check "a bad sheet row is named by file, row and column" grep -q "bad.csv:2 身份证号: " "$work/badimp.txt"

if on_file; then  # no database
# regrid on any GDAL layer: a 12×12 raster of building footprints in two communities (EPSG:4547).
awk 'BEGIN { print "wkt,hh,community,grid,locked";
  srand(7);
  for (r = 0; r < 12; r++) for (c = 0; c < 12; c++) {
    x = 500000 + c * 50; y = 2500000 + r * 50;
    printf "\"POLYGON((%d %d,%d %d,%d %d,%d %d,%d %d))\",%d,%s,%s,%d\n", x+10, y+10, x+40, y+10, x+40, y+40, x+10, y+40, x+10, y+10,
      10 + int(rand() * 80), (c < 6 ? "A" : "B"), (c < 6 ? "A" : "B") "-" int(r / 3), (r == 0 && c == 0) }
}' > "$work/units.csv"
ogr2ogr -q -f GPKG "$work/units.gpkg" "$work/units.csv" -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -oo AUTODETECT_TYPE=YES \
  -a_srs EPSG:4547 -nln units
$gridctl regrid --input "$work/units.gpkg" --weight hh --group community --output "$work/plan.gpkg" --metrics "$work/m.json" > "$work/regrid.txt" 2>&1
check "regrid propose exits 0" test $? -eq 0
check "regrid reports share within tolerance" grep -q "within ±10 %" "$work/regrid.txt"
check "plan has every unit" test "$(ogrinfo -q "$work/plan.gpkg" -sql 'SELECT count(*) AS n FROM units WHERE grid_id IS NOT NULL' | grep -o 'n (Integer) = [0-9]*')" = "n (Integer) = 144"
check "grids stay inside their community" test "$(ogrinfo -q "$work/plan.gpkg" -sql "SELECT count(DISTINCT group_id) AS n FROM units GROUP BY grid_id HAVING n > 1" | grep -c 'n (Integer)')" -eq 0
check "all grids contiguous" test "$(ogrinfo -q "$work/plan.gpkg" -sql 'SELECT min(contiguous) AS c FROM grids' | grep -o 'c (Integer) = [0-9]')" = "c (Integer) = 1"
check "metrics json written" grep -q '"share_within_tolerance"' "$work/m.json"
$gridctl regrid --input "$work/units.gpkg" --weight hh --group community --mode repair --plan-field grid --lock-field locked \
  --output "$work/repair.gpkg" > "$work/repair.txt" 2>&1
check "regrid repair exits 0" test $? -eq 0
check "repair splits a grid holding several grids' worth" grep -q "community = A: A-1 held [0-9]* households, about 3 grids' worth: split into 3" "$work/repair.txt"
check "repair keeps the locked unit's grid" test "$(ogrinfo -q "$work/repair.gpkg" -sql 'SELECT grid_id FROM units WHERE source_fid = 1' | grep -o 'grid_id (String) = .*')" = "grid_id (String) = A-0"
$gridctl regrid --input "$work/units.gpkg" --weight households --output "$work/bad.gpkg" > "$work/bad.txt" 2>&1
check "missing weight field exits 1" test $? -eq 1
check "missing weight field lists the fields" grep -q 'no field "households"; its fields are: hh' "$work/bad.txt"
check "nothing written on refusal" test ! -e "$work/bad.gpkg"
ogr2ogr -q -f GPKG "$work/empty.gpkg" "$work/units.gpkg" -sql "SELECT geom, 0 AS hh, community FROM units" -nln units
$gridctl regrid --input "$work/empty.gpkg" --weight hh --group community --output "$work/bad.gpkg" > "$work/empty.txt" 2>&1
check "group without households is named" grep -q "community = A has units but no households" "$work/empty.txt"
printf 'wkt,hh\n"POLYGON((500000 2500000,500040 2500040,500040 2500000,500000 2500040,500000 2500000))",50\n"POLYGON((500100 2500000,500140 2500000,500140 2500040,500100 2500040,500100 2500000))",60\n' > "$work/bowtie.csv"
ogr2ogr -q -f GPKG "$work/bowtie.gpkg" "$work/bowtie.csv" -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO -oo AUTODETECT_TYPE=YES -a_srs EPSG:4547
$gridctl regrid --input "$work/bowtie.gpkg" --weight hh --output "$work/bowtie-plan.gpkg" > "$work/bowtie.txt" 2>&1
check "self-intersecting polygon is repaired and reported" grep -q "Repaired 1 invalid polygon(s) with GEOS MakeValid (feature 1)" "$work/bowtie.txt"
ogr2ogr -q -f GPKG "$work/wgs.gpkg" "$work/units.gpkg" -t_srs EPSG:4490
$gridctl regrid --input "$work/wgs.gpkg" --weight hh --output "$work/bad.gpkg" > "$work/wgs.txt" 2>&1
check "geographic CRS is refused with the fix" grep -q "reproject it to a metric one" "$work/wgs.txt"
fi

# regrid --db on the sample district: preview writes nothing, --commit accepts a plan that validates.
r=$(db_named r)
demo "$r" --sample > /dev/null 2>&1
community=$(q "$r" "SELECT admin_code FROM community LIMIT 1")
before=$(audits "$r")
$gridctl regrid --db "$r" --community "$community" "${auth[@]}" > "$work/preview.txt" 2>&1
check "regrid --db preview exits 0" test $? -eq 0
check "preview says nothing changed" grep -q "Preview only; nothing was changed" "$work/preview.txt"
check "preview writes no audit row" test "$(audits "$r")" = "$before"
$gridctl regrid --db "$r" --community "$community" "${auth[@]}" --mode propose --commit > "$work/commit.txt" 2>&1
check "regrid --db --commit exits 0" test $? -eq 0
check "commit reports the plan version" grep -qE "Accepted as plan version [0-9]+: 4 grids kept their codes" "$work/commit.txt"
$gridctl validate "$r" "${auth[@]}" > /dev/null 2>&1
check "the committed plan validates" test $? -eq 0
$gridctl regrid --db "$r" --community 999999999999 "${auth[@]}" > "$work/nocommunity.txt" 2>&1
check "unknown community is named" grep -q "No community with code 999999999999" "$work/nocommunity.txt"

# links suggest: preview then commit on a small generated district (it leaves ~3 % unlinked); coverage reaches 100 %.
l=$(db_named l)
demo "$l" --households 3000 > /dev/null 2>&1
lc=$(q "$l" "SELECT admin_code FROM community LIMIT 1")
$gridctl links suggest --db "$l" --community "$lc" "${auth[@]}" > "$work/links.txt" 2>&1
check "links suggest exits 0" test $? -eq 0
check "links suggest prints coverage before and after" grep -q "coverage after: .*(100.0 %)" "$work/links.txt"
$gridctl links suggest --db "$l" --community "$lc" "${auth[@]}" --commit > "$work/links2.txt" 2>&1
check "links --commit writes the links" grep -q "^Wrote [0-9]* links." "$work/links2.txt"
$gridctl links suggest --db "$l" --community "$lc" "${auth[@]}" > "$work/links3.txt" 2>&1
check "after the commit every household is covered" grep -q "coverage before: .*(100.0 %)" "$work/links3.txt"
$gridctl links suggest --db "$l" --community "$lc" "${auth[@]}" --limit -2 > /dev/null 2>&1
check "a negative limit is refused" test $? -eq 1

# staff check: the generated district has buildings without a chief; a clear summary and exit 1.
$gridctl staff check "$l" --date 2026-11-20 "${auth[@]}" > "$work/staff.txt" 2> "$work/staff.err"
check "staff check exits 1 when there are gaps" test $? -eq 1
check "staff check names buildings without a chief" grep -q "has no building chief" "$work/staff.txt"
check "staff check summarises" grep -q "grid(s) without a full-time worker" "$work/staff.err"

if on_file; then  # a file's CRS and key file
# An empty database takes the zone of the first data imported (a dry run only says it would).
$gridctl init "$work/empty.sqlite" > /dev/null
keys_before=$(ls "$work/keys" | wc -l)
cat > "$work/shanghai.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"外滩楼"},"geometry":{"type":"Polygon","coordinates":[[[121.49,31.24],[121.4903,31.24],[121.4903,31.2403],[121.49,31.2403],[121.49,31.24]]]}}]}
JSON
$gridctl import "$work/empty.sqlite" "$work/shanghai.geojson" --dry-run > "$work/zone-dry.txt" 2>&1
check "dry run into an empty database exits 0" test $? -eq 0
check "dry run says the zone it would take" grep -q "would take the data's zone: EPSG:4549" "$work/zone-dry.txt"
check "dry run keeps the empty database's zone" test "$(spatialite -silent "$work/empty.sqlite" "SELECT value FROM gs_meta WHERE key = 'srid'")" = 4547
check "dry run leaves no scratch database" test ! -e "$work/empty.sqlite.zone-check"
$gridctl import "$work/empty.sqlite" "$work/shanghai.geojson" > "$work/zone.txt" 2>&1
check "import into an empty database exits 0" test $? -eq 0
check "the empty database took the data's zone" test "$(spatialite -silent "$work/empty.sqlite" "SELECT value FROM gs_meta WHERE key = 'srid'")" = 4549
check "the building is in" test "$(spatialite -silent "$work/empty.sqlite" "SELECT count(*) FROM building")" = 1
check "the empty database's old key is gone, the new one is there" test "$(ls "$work/keys" | wc -l)" = "$keys_before"
$gridctl import "$work/city.sqlite" "$work/shanghai.geojson" --dry-run > "$work/zone-full.txt" 2>&1
check "a database with data keeps its zone and refuses" test $? -eq 2
check "the refusal says how to choose the zone" grep -q "gridctl init --lon" "$work/zone-full.txt"
fi

# An import that takes no feature exits 1 and writes nothing, not even an audit row; skips show the raw code.
cat > "$work/points.geojson" <<'JSON'
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"<script>440310</script>","name":"点"},
"geometry":{"type":"Point","coordinates":[114.35,22.7]}},{"type":"Feature","properties":{"code":"=cmd|calc","name":"面"},
"geometry":{"type":"Polygon","coordinates":[[[114.35,22.7],[114.3503,22.7],[114.3503,22.7003],[114.35,22.7003],[114.35,22.7]]]}}]}
JSON
audits_before=$(audits "$city")
$gridctl import "$city" "$work/points.geojson" --kind grids "${auth[@]}" > "$work/none.txt" 2>&1
check "an import of nothing exits 1" test $? -eq 1
check "an import of nothing says so" grep -q "nothing was imported" "$work/none.txt"
check "an import of nothing writes no audit row" test "$(audits "$city")" = "$audits_before"
check "a skipped feature shows its raw code" grep -qF 'code "=cmd|calc" is not a code of digits' "$work/none.txt"

$gridctl regrid --db "$city" --community 440310001001 "${auth[@]}" --output "$work/typo-plan.gpkg" > "$work/mixed.txt" 2>&1
check "regrid refuses an option of the other form" test $? -eq 1
check "regrid names the misplaced option" grep -q "\-\-output belongs to the --input form" "$work/mixed.txt"
check "regrid wrote nothing for the mixed command" test ! -e "$work/typo-plan.gpkg"

if on_file; then
$gridctl --version > "$work/version.txt"
check "--version exits 0" test $? -eq 0
check "--version names the version" grep -qE "^gridctl \(GridStation\) [0-9]+\.[0-9]+\.[0-9]+$" "$work/version.txt"
fi

# Print commands take an existing folder for --out and write a named PDF into it.
mkdir -p "$work/prints"
community=$(q "$city" "SELECT admin_code FROM community LIMIT 1")
QT_QPA_PLATFORM=offscreen $gridctl boards "$city" --community "$community" "${auth[@]}" --paper A4 --out "$work/prints" > "$work/boards.txt" 2>&1
check "boards into a folder exits 0" test $? -eq 0
check "boards into a folder writes the named PDF" test -s "$work/prints/网格公示牌-$community.pdf"

# Every command refuses a misspelt option (or a missing value) before touching a file: exit 2, the option named,
# the nearest known one suggested, the database byte-identical and no output written.
typodb=$city
if on_file; then typodb=$work/typo.sqlite; cp "$city" "$typodb"; fi
sum_before=$(fingerprint "$typodb")
cat > "$work/b.geojson" <<'JSON'
{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"甲楼","building:levels":6},"geometry":{"type":"Polygon","coordinates":[[[114.35,22.7],[114.3503,22.7],[114.3503,22.7003],[114.35,22.7003],[114.35,22.7]]]}}]}
JSON
printf '编号,名称,分类,关注程度,网格编码\n,新场所,餐饮服务场所,一般,%s\n' \
  "$(q "$typodb" "SELECT grid_code FROM grid LIMIT 1")" > "$work/places.csv"
typo() {  # typo NAME EXPECTED-SUGGESTION ARGS...
  local name=$1 expected=$2; shift 2
  rm -f "$work/typo-out".*
  $gridctl "$@" > "$work/typo.txt" 2>&1
  local rc=$?
  check "$name: exits 2" test $rc -eq 2
  check "$name: says what is wrong" grep -qF -- "$expected" "$work/typo.txt"
  check "$name: says nothing was done" grep -q "Nothing was done" "$work/typo.txt"
  check "$name: database unchanged" test "$(fingerprint "$typodb")" = "$sum_before"
  check "$name: no output written" test -z "$(ls "$work"/typo-out.* 2>/dev/null)"
}
if on_file; then
typo "init --sird" "did you mean --srid?" init "$work/typo-out.sqlite" --sird 4547
typo "demo --sampel" "did you mean --sample?" demo "$work/typo-out.sqlite" --sampel
fi
typo "import --dryrun" "did you mean --dry-run?" import "$typodb" "$work/b.geojson" --dryrun
typo "import sheet --dryrun" "did you mean --dry-run?" import "$typodb" "$work/hh.txt" --dryrun
typo "import list --dry_run" "did you mean --dry-run?" import "$typodb" "$work/places.csv" --list key_places --dry_run
typo "import -dry-run" "did you mean --dry-run?" import "$typodb" "$work/b.geojson" -dry-run
typo "import --layer without value" "--layer needs a value" import "$typodb" "$work/b.geojson" --layer
typo "import --dry-run=1" "--dry-run takes no value" import "$typodb" "$work/b.geojson" --dry-run=1
typo "import --kind twice" "--kind is given twice" import "$typodb" "$work/b.geojson" --kind buildings --kind grids
typo "stats --bogus-option" "has no option --bogus-option" stats "$typodb" --bogus-option 1
typo "validate --quite" "did you mean --quiet?" validate "$typodb" --quite
typo "boards --comunity" "did you mean --community?" boards "$typodb" --comunity 440310001001 --out "$work/typo-out.pdf"
typo "plates --colums" "did you mean --columns?" plates "$typodb" --grid 1 --colums 3 --out "$work/typo-out.pdf"
typo "panorama --colors" "did you mean --colours?" panorama --db "$typodb" --community 1 --colors red --out "$work/typo-out.pdf"
typo "qr revoke --raeson" "did you mean --reason?" qr revoke "$typodb" TOKEN --raeson x
typo "regrid --comit" "did you mean --commit?" regrid --db "$typodb" --community 440310001001 --comit
typo "links suggest --comit" "did you mean --commit?" links suggest --db "$typodb" --community 1 --comit
typo "staff check --dat" "did you mean --date?" staff check "$typodb" --dat 2026-11-20
typo "export --reveall" "did you mean --reveal?" export "$typodb" "$work/typo-out.xlsx" --list persons --ledger community:1 --reveall
if on_file; then
typo "bench import --row" "did you mean --rows?" bench import --row 10 --keep "$work/typo-out.d"
typo "bench regrid --sed" "did you mean --seed?" bench regrid --sed 2
$gridctl improt > "$work/cmd.txt" 2>&1
check "a misspelt command is refused with exit 2" test $? -eq 2
check "a misspelt command gets a suggestion" grep -q "did you mean import?" "$work/cmd.txt"
fi

for name in "${created[@]}"; do psql -X -q "$server" -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" > /dev/null 2>&1; done

report "gridctl${server:+ (server)}"
