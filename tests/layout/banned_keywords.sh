#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The layer rule of docs/architecture.md, checked on the sources (after QGIS's test_banned_keywords.sh): the
# workstation's widgets and prints call libgrid; they hold no SQL, no SQLite, GDAL/OGR or GEOS calls.
# usage: banned_keywords.sh [SOURCE_ROOT]      exits 1 and names file:line, the rule and what to do for each hit
#        banned_keywords.sh --planted           checks that a planted violation is caught (the check's own test)
set -u
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ "$root" = "--planted" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/app/gui/x" "$work/app/print"
  printf 'void f(Database& db) {\n  auto s = db.prepare("SELECT id FROM grid WHERE grid_code = ?");\n}\n' > "$work/app/gui/x/planted.cpp"
  printf 'void g() { OGRRegisterAll(); }\n' > "$work/app/print/planted.cpp"
  out=$("$0" "$work")
  status=$?
  echo "$out"
  if [ "$status" -ne 1 ]; then echo "banned_keywords: the planted violations were not caught"; exit 1; fi
  for rule in "SQL in a string" "statement call" "GDAL/OGR"; do
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
  '\<(OGR|GDAL|CPL)[A-Za-z_]*\>'
  '\<GEOS[A-Za-z_]*\>'
)
hints=(
  "call a libgrid/storage function; the database handle stays in libgrid"
  "add a named function to libgrid (storage/, registry/, ...) and call it"
  "SQL belongs in libgrid behind a named function with bound parameters"
  "reading and writing files goes through libgrid/io"
  "geometry maths belongs in libgrid (geo/, districting/)"
)
hits=0
for dir in app/gui app/print; do
  [ -d "$root/$dir" ] || continue
  while IFS= read -r file; do
    for i in "${!names[@]}"; do
      while IFS= read -r hit; do
        [ -n "$hit" ] || continue
        echo "${file#"$root"/}:${hit%%:*}: ${names[$i]}: ${hints[$i]}"
        hits=$((hits + 1))
      done < <(grep -nE "${patterns[$i]}" "$file" | grep -vE '^[0-9]+:[[:space:]]*//' || true)
    done
  done < <(find "$root/$dir" -name '*.cpp' -o -name '*.h' | sort)
done
if [ "$hits" -gt 0 ]; then
  echo "banned_keywords: $hits violation(s) of the layer rule (docs/architecture.md)"
  exit 1
fi
echo "banned_keywords: app/gui and app/print call libgrid only"
