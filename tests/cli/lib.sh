# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the command-line test scripts: a scratch folder $work with its own key store (removed at exit unless
# KEEP is set, to look at what a failing run left), and check NAME CONDITION..., which counts and names failures.
# A script ends with `report NAME`, which prints the counts and fails when any check failed.
work=$(mktemp -d)
trap 'test -n "${KEEP:-}" || rm -rf "$work"' EXIT
export GRIDSTATION_KEY_DIR=$work/keys
passed=0
failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
report() {  # report SCRIPT_NAME
  echo "$1: $passed passed, $failed failed"
  test "$failed" -eq 0
}
