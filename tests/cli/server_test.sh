#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# District server mode from the command line (issue 22), on the throwaway cluster of the ctest fixture pg: a demo
# district built on the server under accounts, read by gridctl as any file is; a grid worker's database role made with
# `gridctl server role` and used by psql — a client that bypasses GridStation — reads no row outside the worker's grid
# and nothing of the accounts or the audit log; refusals, misspelt options and revocation.
# usage: server_test.sh PATH/TO/gridctl PATH/TO/SERVER_URI_FILE
set -u
gridctl=$1
. "$(dirname "$0")/lib.sh"
server=$(cat "$2")
base=${server%/*}
db=$base/gs_cli_district_$$
psql=(psql -X -q -t -A -v ON_ERROR_STOP=1)
owner() { "${psql[@]}" "$db" -c "SET search_path = main, public; $1" 2>&1; }

GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl demo "$db" --households 3000 --seed 3 > "$work/noadmin.txt" 2>&1
check "a demo on a server without --admin is refused" test $? -eq 2
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl demo "$db" --households 3000 --seed 3 --admin boss > "$work/demo.txt" 2>&1
check "the demo is built on the server" test $? -eq 0
check "…with its accounts" grep -q "wangwei" "$work/demo.txt"
check "…and no partial database left" test "$("${psql[@]}" "$server" -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'gs_cli_district_$$%'")" -eq 1
households=$(owner "SELECT count(*) FROM household WHERE logout = 0")
check "households on the server" test "$households" -gt 2000
export GRIDSTATION_PASSWORD='Keeper-of-keys-77'  # boss's; the demo users' is Demo-2026-pass
$gridctl stats "$db" --user boss > "$work/stats.txt" 2>"$work/stats.err"
check "gridctl reads the server database as a file" test $? -eq 0
check "…the same households" grep -q "households *$households\$" "$work/stats.txt"
check "…and no server message reaches standard output" bash -c "! grep -qi 'notice\|warning' '$work/stats.txt'"
GRIDSTATION_PASSWORD='Keeper-of-keys-77' $gridctl server init "$db" --admin boss > "$work/again.txt" 2>&1
check "server init refuses a database that holds GridStation" grep -q "holds a GridStation schema already" "$work/again.txt"

# The grid worker's own database role.
grid=$(owner "SELECT r.scope_id FROM user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = 'wangwei'")
role=$("${psql[@]}" "$db" -c "SELECT 'gs_' || current_database() || '_wangwei'")
GRIDSTATION_ROLE_PASSWORD='Direct-client-2026' $gridctl server role "$db" wangwei --user boss --revok > "$work/typo.txt" 2>&1
check "a misspelt option is refused" test $? -eq 2
check "…and no role made" test "$("${psql[@]}" "$server" -c "SELECT count(*) FROM pg_roles WHERE rolname = '$role'")" -eq 0
GRIDSTATION_PASSWORD='Demo-2026-pass' GRIDSTATION_ROLE_PASSWORD='Direct-client-2026' \
  $gridctl server role "$db" wangwei --user wangwei > "$work/worker.txt" 2>&1
check "a grid worker cannot make database roles" grep -q "permission missing: admin on user" "$work/worker.txt"
GRIDSTATION_ROLE_PASSWORD='short' $gridctl server role "$db" wangwei --user boss > "$work/short.txt" 2>&1
check "a short role password is refused" grep -q "12 characters" "$work/short.txt"
GRIDSTATION_ROLE_PASSWORD='Direct-client-2026' $gridctl server role "$db" wangwei --user boss > "$work/role.txt" 2>&1
check "the administrator gives wangwei a database role" test $? -eq 0
check "…named in the output" grep -q "$role" "$work/role.txt"
as_role="postgresql://$role:Direct-client-2026@${base#postgresql://*@}/${db##*/}"
inside=$(owner "SELECT count(*) FROM household WHERE grid_id = $grid")
check "the worker's grid has households" test "$inside" -gt 0
check "psql as the role: no household outside the grid" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.household WHERE grid_id <> $grid")" -eq 0
check "…every household of it" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.household")" -eq "$inside"
check "…no person outside it" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.person WHERE grid_id IS DISTINCT FROM $grid")" -eq 0
check "…no building's search grams outside it" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.building_search s WHERE NOT EXISTS (SELECT 1 FROM main.building b WHERE b.id = s.building_id AND b.grid_id = $grid)")" -eq 0
check "…but its own buildings' grams" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.building_search")" -gt 0
check "…no event outside it" test "$("${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.event WHERE occur_grid_id IS DISTINCT FROM $grid")" -eq 0
"${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.audit_log" > "$work/audit.txt" 2>&1
check "…the audit log is closed to it" grep -q "permission denied" "$work/audit.txt"
"${psql[@]}" "$as_role" -c "SELECT count(*) FROM main.app_user" > "$work/users.txt" 2>&1
check "…and the accounts" grep -q "permission denied" "$work/users.txt"
$gridctl server role "$db" wangwei --revoke --user boss > "$work/revoke.txt" 2>&1
check "the role is revoked" test $? -eq 0
"${psql[@]}" "$as_role" -c "SELECT 1" > "$work/after.txt" 2>&1
check "…and cannot sign in" grep -q "not permitted to log in" "$work/after.txt"
# Pull the district into a file and push that file into a second server database: the same records.
$gridctl server pull "$db" "$work/pulled.sqlite" --user boss > "$work/pull.txt" 2>&1
check "server pull copies the district into a file" test $? -eq 0
pulledAudit=$(owner "SELECT count(*) FROM audit_log")  # what the pull saw, its own sign-in included
check "…no partial file left" test ! -e "$work/pulled.sqlite.partial"
$gridctl stats "$work/pulled.sqlite" --user boss > "$work/pulled-stats.txt" 2>&1
check "…which signs in with the same accounts and counts the same households" grep -q "households *$households\$" "$work/pulled-stats.txt"
$gridctl server pull "$db" "$work/pulled.sqlite" --user boss > "$work/pull2.txt" 2>&1
check "…and never overwrites a file" grep -q "File exists already" "$work/pull2.txt"
db2=$base/gs_cli_pushed_$$
$gridctl server push "$work/pulled.sqlite" "$db2" --user boss > "$work/push.txt" 2>&1
check "server push copies the file into a new server database" test $? -eq 0
check "…the same households" test "$("${psql[@]}" "$db2" -c "SELECT count(*) FROM main.household WHERE logout = 0")" -eq "$households"
check "…the same ID number ciphertexts" test "$("${psql[@]}" "$db2" -c "SELECT md5(string_agg(encode(id_cipher, 'hex'), ',' ORDER BY id)) FROM main.person")" = "$(owner "SELECT md5(string_agg(encode(id_cipher, 'hex'), ',' ORDER BY id)) FROM person")"
first="SELECT md5(string_agg(hash, ',' ORDER BY id)) FROM (SELECT id, hash FROM main.audit_log ORDER BY id LIMIT $pulledAudit) AS a"
check "…the same audit chain" test "$("${psql[@]}" "$db2" -c "$first")" = "$("${psql[@]}" "$db" -c "$first")"
check "…continued by a row naming the copy" test "$("${psql[@]}" "$db2" -c "SELECT reason FROM main.audit_log ORDER BY id DESC LIMIT 1")" = "copied from $work/pulled.sqlite"
$gridctl server push "$work/pulled.sqlite" "$db2" --user boss > "$work/push2.txt" 2>&1
check "…and refuses a database that holds records" grep -q "holds records already" "$work/push2.txt"

# One community out to a file and back.
community=$(owner "SELECT admin_code FROM community ORDER BY id LIMIT 1")
$gridctl server pull "$db" "$work/community.sqlite" --comunity "$community" --user boss > "$work/typo-pull.txt" 2>&1
check "a misspelt --community is refused" test $? -eq 2
check "…and no file written" test ! -e "$work/community.sqlite"
$gridctl server pull "$db" "$work/community.sqlite" --community "$community" --user boss > "$work/cpull.txt" 2>&1
check "server pull --community copies one community into a file" test $? -eq 0
person=$(owner "SELECT min(p.id) FROM person p JOIN grid g ON g.id = p.grid_id")
sqlite3 "$work/community.sqlite" "UPDATE person SET career = '离线修改' WHERE id = $person"
GRIDSTATION_PASSWORD='Demo-2026-pass' $gridctl server push "$work/community.sqlite" "$db" --community "$community" --user wangwei > "$work/cpush-worker.txt" 2>&1
check "a grid worker cannot push a community" grep -q "permission missing" "$work/cpush-worker.txt"
$gridctl server push "$work/community.sqlite" "$db" --community "$community" --user boss > "$work/cpush.txt" 2>&1
check "server push --community writes the file's edit back" grep -q "0 new, 1 changed, 0 removed" "$work/cpush.txt"
check "…which the server holds" test "$(owner "SELECT career FROM person WHERE id = $person")" = "离线修改"
$gridctl server push "$work/community.sqlite" "$db" --community "$community" --user boss > "$work/cpush2.txt" 2>&1
check "…and is not pushed twice" grep -q "pushed already" "$work/cpush2.txt"
"${psql[@]}" "$server" -c "DROP DATABASE \"${db2##*/}\" WITH (FORCE)" > /dev/null 2>&1
"${psql[@]}" "$server" -c "DROP DATABASE \"${db##*/}\" WITH (FORCE)" > /dev/null 2>&1
"${psql[@]}" "$server" -c "DROP ROLE IF EXISTS \"$role\"" > /dev/null 2>&1
report server_test
