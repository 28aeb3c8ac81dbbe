#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every file of the bad-input corpus (tests/data/corpus, written by scripts/make-bad-input-corpus) through the
# importer its folder names, as a dry run and for real. For each file: no crash (no signal, no sanitizer report),
# done within the time bound, a refusal names the file, a dry run and a refusal leave the database byte-identical,
# and an accepted import leaves a database that passes integrity_check.
# usage: corpus_test.sh PATH/TO/gridctl CORPUS_DIR [SECONDS_PER_RUN]
set -u
gridctl=$1
corpus=$2
bound=${3:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GRIDSTATION_KEY_DIR=$work/keys
passed=0
failed=0
files=0
refused=0
accepted=0
slowest=0
slowest_file=""
fail() { failed=$((failed + 1)); echo "FAILED: $*"; }

"$gridctl" demo "$work/pristine.sqlite" --households 3000 --seed 3 > /dev/null 2>&1 || { echo "cannot build the demo"; exit 1; }
# The ledger the list sheets are imported into (the corpus's LEDGER_GRID): it must hold none of the records numbered
# 1-10, so that rows naming those numbers name records of other grids.
ledger=440310001001005
foreign=$(spatialite -silent "$work/pristine.sqlite" "SELECT (SELECT count(*) FROM key_place k JOIN grid g ON g.id = k.grid_id
  WHERE g.grid_code = '$ledger' AND k.id <= 10) + (SELECT count(*) FROM key_person k JOIN grid g ON g.id = k.grid_id
  WHERE g.grid_code = '$ledger' AND k.id <= 10) + (SELECT count(*) FROM key_matter k JOIN grid g ON g.id = k.grid_id
  WHERE g.grid_code = '$ledger' AND k.id <= 10)")
if [ "$foreign" != 0 ]; then
  echo "grid $ledger of the demo now holds records numbered 1-10; choose another LEDGER_GRID in scripts/make-bad-input-corpus"
  exit 1
fi
pristine_sum=$(sha256sum "$work/pristine.sqlite" | cut -d' ' -f1)

# run NAME EXPECT_UNCHANGED ARGS...: runs gridctl with a time bound; sets rc and seconds.
run() {
  local start end
  start=$(date +%s.%N)
  timeout "$bound" "$gridctl" "$@" > "$work/out.txt" 2>&1
  rc=$?
  end=$(date +%s.%N)
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  if awk -v s="$seconds" -v m="$slowest" 'BEGIN { exit !(s > m) }'; then slowest=$seconds; slowest_file=$input; fi
}

check_run() {  # check_run LABEL: the common assertions on the last run
  local label=$1
  if [ "$rc" -eq 124 ]; then fail "$label: still running after ${bound} s"; return 1; fi
  if [ "$rc" -ge 128 ]; then fail "$label: crashed (exit $rc)"; sed -n 1,20p "$work/out.txt"; return 1; fi
  if grep -q "ERROR: AddressSanitizer\|runtime error:\|ERROR: LeakSanitizer" "$work/out.txt"; then
    fail "$label: sanitizer report"; sed -n 1,40p "$work/out.txt"; return 1
  fi
  if [ "$rc" -ne 0 ] && ! grep -qF -- "$(basename "$input")" "$work/out.txt"; then
    fail "$label: exit $rc without naming the file"; sed -n 1,5p "$work/out.txt"; return 1
  fi
  return 0
}

mapfile -t inputs < <(find "$corpus" -mindepth 2 -maxdepth 2 -type f | sort; find "$corpus" -mindepth 3 -name '*.shp' | sort)
for input in "${inputs[@]}"; do
  kind=$(basename "$(dirname "$input")")
  case "$input" in "$corpus"/buildings/*/*.shp) kind=buildings ;; esac
  files=$((files + 1))
  label="$kind/$(basename "$input")"
  case $kind in
    regrid)
      rm -f "$work/plan.gpkg"
      run regrid --input "$input" --weight households --output "$work/plan.gpkg"
      if check_run "$label"; then
        if [ "$rc" -ne 0 ] && [ -e "$work/plan.gpkg" ]; then fail "$label: refused but wrote the plan"; else passed=$((passed + 1)); fi
        [ "$rc" -ne 0 ] && refused=$((refused + 1)) || accepted=$((accepted + 1))
      fi
      continue ;;
    buildings) args=() ;;
    grids | communities | streets) args=(--kind "$kind") ;;
    sheets) args=() ;;
    key_places | key_persons | key_matters | entries) args=(--list "$kind" --ledger "grid:$ledger") ;;
    *) fail "$label: no importer for folder $kind"; continue ;;
  esac
  cp "$work/pristine.sqlite" "$work/db.sqlite"
  run import "$work/db.sqlite" "$input" "${args[@]}" --dry-run
  if check_run "$label (dry run)"; then
    if [ "$(sha256sum "$work/db.sqlite" | cut -d' ' -f1)" != "$pristine_sum" ]; then
      fail "$label: the dry run changed the database"
    else
      passed=$((passed + 1))
    fi
  fi
  run import "$work/db.sqlite" "$input" "${args[@]}"
  if check_run "$label"; then
    if [ "$rc" -ne 0 ]; then
      refused=$((refused + 1))
      if [ "$(sha256sum "$work/db.sqlite" | cut -d' ' -f1)" != "$pristine_sum" ]; then
        fail "$label: refused (exit $rc) but the database changed"
      else
        passed=$((passed + 1))
      fi
    else
      accepted=$((accepted + 1))
      if [ "$(spatialite -silent "$work/db.sqlite" "PRAGMA integrity_check")" != "ok" ]; then
        fail "$label: accepted, but the database fails integrity_check"
      else
        passed=$((passed + 1))
      fi
    fi
  fi
done
echo "corpus: $files files, $refused refused, $accepted accepted (partly or wholly); slowest run ${slowest} s ($(basename "$slowest_file"))"
echo "$passed passed, $failed failed"
test "$files" -ge 200 && test "$failed" -eq 0
