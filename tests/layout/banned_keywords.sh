#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The layer rule of docs/architecture.md, checked on the sources (after QGIS's test_banned_keywords.sh): the
# workstation (app/gui, app/print, app/core) and gridctl (app/cli) call libgrid; they hold no SQL, no SQLite,
# GDAL/OGR or GEOS calls. gridctl's benchmarks (app/cli/bench*.cpp) are exempt: their peer is plain SQL or GDAL.
# usage: banned_keywords.sh [SOURCE_ROOT]      exits 1 and names file:line, the rule and what to do for each hit
#        banned_keywords.sh --planted           checks that a planted violation is caught (the check's own test)
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ "$root" = "--planted" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/app/gui/x" "$work/app/print" "$work/app/cli"
  printf 'void f(Database& db) {\n  auto s = db.prepare("SELECT id FROM grid WHERE grid_code = ?");\n}\n' > "$work/app/gui/x/planted.cpp"
  printf 'void g() { OGRRegisterAll(); }\n' > "$work/app/print/planted.cpp"
  printf '#include <geos_c.h>\nint h(Database& db) { return db.queryInt("SELECT 1"); }\n' > "$work/app/cli/planted.cpp"
  printf 'int b(Database& db) { return db.queryInt("SELECT count(*) FROM person"); }\n' > "$work/app/cli/bench_planted.cpp"
  out=$(bash "$0" "$work")
  status=$?
  echo "$out"
  if [ "$status" -ne 1 ]; then echo "banned_keywords: the planted violations were not caught"; exit 1; fi
  if grep -q "bench_planted" <<< "$out"; then echo "banned_keywords: a benchmark's plain SQL was reported"; exit 1; fi
  if ! grep -q "app/cli/planted.cpp" <<< "$out"; then echo "banned_keywords: app/cli was not checked"; exit 1; fi
  for rule in "SQL in a string" "statement call" "GDAL/OGR" "GEOS"; do
    if ! grep -q "$rule" <<< "$out"; then echo "banned_keywords: the planted '$rule' violation was not named"; exit 1; fi
  done
  echo "banned_keywords: planted violations caught"
  exit 0
fi

# Each rule: a name, an extended regular expression, and what to do instead.
names=("SQLite API" "statement call" "SQL in a string" "GDAL/OGR" "GEOS")
patterns=(
  'sqlite3_[a-z_]+\('
  '(prepare|queryInt|queryText)\('
  '"[^"]*\<(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE|PRAGMA|UPDATE [a-z_]+ SET)\>'
  '\<(OGR|GDAL|CPL)[A-Za-z_]+\>|#include <(gdal|ogr|cpl)[a-z_]*\.h>'
  '\<GEOS[A-Za-z_]+\>|#include <geos'
)
hints=(
  "call a libgrid/storage function; the database handle stays in libgrid"
  "add a named function to libgrid (storage/, registry/, ...) and call it"
  "SQL belongs in libgrid behind a named function with bound parameters"
  "reading and writing files goes through libgrid/io"
  "geometry maths belongs in libgrid (geo/, districting/)"
)
# The SQL rule reads string literals; the others read code only (help texts may name GDAL and OGR SQL).
text_of() {
  if [ "$2" -eq 2 ]; then cat "$1"; else sed -E 's/"([^"\\]|\\.)*"/""/g' "$1"; fi
}
hits=0
for dir in app/gui app/print app/core app/cli; do
  [ -d "$root/$dir" ] || continue
  while IFS= read -r file; do
    for i in "${!names[@]}"; do
      while IFS= read -r hit; do
        [ -n "$hit" ] || continue
        echo "${file#"$root"/}:${hit%%:*}: ${names[$i]}: ${hints[$i]}"
        hits=$((hits + 1))
      done < <(text_of "$file" "$i" | grep -nE "${patterns[$i]}" | grep -vE '^[0-9]+:[[:space:]]*//' || true)
    done
  done < <(find "$root/$dir" \( -name '*.cpp' -o -name '*.h' \) ! -name 'bench*.cpp' | sort)
done
if [ "$hits" -gt 0 ]; then
  echo "banned_keywords: $hits violation(s) of the layer rule (docs/architecture.md)"
  exit 1
fi
echo "banned_keywords: app/gui, app/print, app/core and app/cli call libgrid only"
