#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Regridding real buildings from the command line (issue 23), on the Nanjing Xinjiekou OSM extract kept in the
# repository: the file mode with streets, water and towers cut into parts (every input attribute carried through,
# nothing printed by libraries), and the database path a new user takes: import buildings, streets, water and a
# community boundary, then propose and commit grids.
# usage: regrid_real_test.sh PATH/TO/gridctl PATH/TO/tests/data/real
set -u
gridctl=$1
real=$2/nanjing-xinjiekou-osm
. "$(dirname "$0")/lib.sh"
db=$work/nj.sqlite
q() { sqlite3 "$db" "$1"; }
$gridctl init "$db" --lon 118.8 > /dev/null
$gridctl import "$db" "$real/nanjing_xinjiekou_buildings.gpkg" > "$work/import.txt" 2>&1
check "buildings import" grep -q "Imported 1277 of 1277 buildings" "$work/import.txt"
$gridctl import "$db" "$real/nanjing_xinjiekou.osm" --kind roads > "$work/roads.txt" 2>&1
check "OSM roads import" test "$(q 'SELECT count(*) FROM base_road')" -gt 150
check "service roads and footways are not block boundaries" test "$(q "SELECT count(*) FROM base_road WHERE kind = 'path'")" -eq 0
$gridctl import "$db" "$real/nanjing_xinjiekou.osm" --kind water > "$work/water.txt" 2>&1
check "OSM water import, rivers drawn as lines widened" test "$(q 'SELECT count(*) FROM base_water')" -ge 5
check "water is areas" test "$(q "SELECT count(*) FROM base_water WHERE kind = 'river'")" -ge 1

# The file mode, as issue 23 reproduces it, with the extract's streets and water.
ogr2ogr -f GPKG "$work/units.gpkg" "$db" -dialect sqlite -nln units -sql "SELECT id AS unit_id, household_estimate AS households,
  'x' AS street, coalesce(floors_above, 0) AS floors, geom FROM building WHERE household_estimate > 0" 2> /dev/null
$gridctl regrid --input "$work/units.gpkg" --layer units --weight households --group street --floors-field floors \
  --roads "$real/nanjing_xinjiekou.osm" --water "$real/nanjing_xinjiekou.osm" --output "$work/plan.gpkg" \
  --metrics "$work/m.json" > "$work/out.txt" 2> "$work/err.txt"
check "regrid exits 0" test $? -eq 0
check "no library message on standard output" bash -c "! grep -q '\*\*\*' '$work/out.txt' '$work/err.txt'"
check "standard output is our summary only" test "$(wc -l < "$work/out.txt")" -le 5
share=$(python3 -c "import json; print(json.load(open('$work/m.json'))['share_within_tolerance_of_feasible'])")
check "≥ 99 % of the grids that can be are within ±10 % (got $share)" python3 -c "import sys; sys.exit(0 if $share >= 0.99 else 1)"
check "split towers are named" grep -q "^Split [0-9]* building(s) above 330 households into" "$work/err.txt"
check "the units layer carries the input attributes" bash -c "ogrinfo -so '$work/plan.gpkg' units | grep -q 'unit_id: Integer' && ogrinfo -so '$work/plan.gpkg' units | grep -q 'street: String' && ogrinfo -so '$work/plan.gpkg' units | grep -q 'households: Integer'"
check "a weight field named like ours gets no clash" bash -c "ogrinfo -so '$work/plan.gpkg' units | grep -q 'unit_households: Integer64'"
check "parts say how they were cut" test "$(ogrinfo -q "$work/plan.gpkg" -sql "SELECT count(*) AS n FROM units WHERE split_by = 'floors' AND part LIKE '%层%'" | grep -o 'n (Integer) = [0-9]*' | grep -o '[0-9]*$')" -gt 10
check "every unit has a grid" test "$(ogrinfo -q "$work/plan.gpkg" -sql "SELECT count(*) AS n FROM units WHERE grid_id IS NULL" | grep -o 'n (Integer) = [0-9]*')" = "n (Integer) = 0"
check "grids that cannot be within are flagged" test "$(ogrinfo -q "$work/plan.gpkg" -sql "SELECT count(*) AS n FROM grids WHERE oversized = 1" | grep -o 'n (Integer) = [0-9]*' | grep -o '[0-9]*$')" -ge 1
check "boundary on streets is reported" grep -q "of the boundary between grids runs along streets" "$work/out.txt"
$gridctl regrid --input "$work/nothere.gpkg" --weight households --output "$work/bad.gpkg" > "$work/noinput.txt" 2>&1
check "a missing input is named as missing" grep -q "there is no file $work/nothere.gpkg" "$work/noinput.txt"
$gridctl regrid --input "$work/units.gpkg" --weight households --output "$work/bad.gpkg" --roads "$work/missing.osm" > "$work/bad.txt" 2>&1
check "a missing roads file is refused" test $? -eq 1
check "…and named" grep -q "missing.osm" "$work/bad.txt"
check "…and nothing written" test ! -e "$work/bad.gpkg"

# The database path: a community boundary, then grids proposed and committed.
cat > "$work/street.geojson" <<'JSON'
{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[
{"type":"Feature","properties":{"code":"320102001","name":"新街口街道","district_name":"玄武区"},"geometry":{"type":"Polygon","coordinates":[[[118.7615,32.0345],[118.7975,32.0345],[118.7975,32.0530],[118.7615,32.0530],[118.7615,32.0345]]]}}]}
JSON
sed -e 's/"320102001"/"320102001001"/' -e 's/新街口街道/新街口社区/' "$work/street.geojson" > "$work/community.geojson"
$gridctl import "$db" "$work/street.geojson" --kind streets > /dev/null 2>&1
$gridctl import "$db" "$work/community.geojson" --kind communities > /dev/null 2>&1
$gridctl regrid --db "$db" --community 320102001001 --mode propose > "$work/preview.txt" 2>&1
check "propose on a community without grids" grep -q "0 grids now → [0-9]* grids" "$work/preview.txt"
check "the preview writes nothing" test "$(q 'SELECT count(*) FROM grid')" -eq 0
$gridctl regrid --db "$db" --community 320102001001 --mode propose --commit > "$work/commit.txt" 2>&1
check "commit exits 0" test $? -eq 0
grids=$(q 'SELECT count(*) FROM grid WHERE retired_at IS NULL')
check "about one grid per 300 estimated households ($grids)" test "$grids" -ge 140 -a "$grids" -le 170
check "every building has a grid" test "$(q 'SELECT count(*) FROM building WHERE grid_id IS NULL')" -eq 0
check "towers cut by floors are filed by 单元" test "$(q 'SELECT count(DISTINCT building_id) FROM building_unit')" -ge 10
$gridctl validate "$db" > "$work/validate.txt" 2> "$work/validate-err.txt"
check "validate prints no GEOS complaint" bash -c "! grep -qi 'geos\|topology' '$work/validate-err.txt'"
check "every grid has a boundary" bash -c "! grep -q 'grid-without-boundary' '$work/validate.txt'"
check "grids do not overlap" bash -c "! grep -q 'grids-overlap' '$work/validate.txt'"
check "no building is left without a grid" bash -c "! grep -q 'building-in-no-grid' '$work/validate.txt'"
# Only buildings OSM draws on top of each other may still reach into a neighbouring grid.
check "few buildings cross grids (OSM overlaps only)" test "$(grep -c 'building-crosses-grids' "$work/validate.txt")" -le 10
$gridctl regrid --db "$db" --community 320102001001 > "$work/repair.txt" 2>&1
moved=$(grep -o 'buildings moved [0-9]*' "$work/repair.txt" | grep -o '[0-9]*$')
check "a repair right after the commit moves few units ($moved)" test "${moved:-9999}" -le 100

report "regrid on real data"
